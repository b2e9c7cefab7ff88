# An error raised by the compare of `if local < constant:` (one fused instruction in mnpy)
# is reported at that comparison, with its carets, as CPython reports it.
def check(x):
    if x < 2:
        return "small"
    return "large"


print(check(1))
print(check("text"))
