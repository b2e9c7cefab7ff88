# Ends with an uncaught exception chained with `from`; the last stderr line is the outer exception.
class ParseError(Exception):
    pass
def parse(text):
    try:
        return float(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e
print(parse("1.5"))
print(parse("x1"))
