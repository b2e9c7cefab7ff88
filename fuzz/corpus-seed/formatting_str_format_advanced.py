# str.format with nested fields, auto numbering, index/attribute chains, format_map-like dicts, and errors.
data = {"user": {"name": "ann"}, "scores": [90, 85]}
print("{0[user][name]} scored {0[scores][0]}".format(data))
print("{:>{}}".format("x", 4), "{:{}}".format(3.14159, ".2f"))
print("{a}-{b}-{a}".format(a=1, b=2), "{0}{1}{0}".format("x", "y"), "{}".format({"k": [1]}))
class Point:
    def __init__(self):
        self.x, self.y = 1.5, -2
print("{p.x:.2f},{p.y:+d}".format(p=Point()))
print("{0!r:>8}|{0!s:<8}|".format("s"))
print("{:05.1f}|{:<+6d}|{:^#10x}|{:=10,d}".format(3.14159, 7, 255, -1234567))
print("{:%}|{:.0%}|{:e}".format(0.5, 0.255, 0))
for template, args, kwargs in [("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{0[5]}", ([1],), {}), ("{0.missing}", (1,), {}),
                               ("{:q}", (1,), {}), ("{!x}", (1,), {}), ("{0:{1}}", (1,), {})]:
    try:
        print(template.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
