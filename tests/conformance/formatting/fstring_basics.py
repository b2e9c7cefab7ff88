# f-strings: expressions, nested quotes, conversions, debugging '=', escaped braces, nesting.
name = "world"
n = 42
items = [1, 2, 3]
d = {"key": "value"}
print(f"hello {name}", f"{n + 1}", f"{n * 2 = }", f"{items[1]}", f"{d['key']}", f"{len(items)}")
print(f"{name!r}", f"{name!s}", f"{'é'!a}", f"{{literal}}", f"{{{n}}}", f"{n}{n}", f"")
print(f"{'nested' + ' ' + 'quotes'}", f"{n if n > 40 else 0}", f"{[x * 2 for x in items]}", f"{(lambda x: x + 1)(1)}")
print(f"{n=}", f"{name=}", f"{n = :>5}", f"{3.5=:.2f}", f"{items=!s}")
width = 8
prec = 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{None} {True} {1.5} {1e20} {1j} {(1, 2)} {[None]}")
multi = (f"a{1}"
         f"b{2}")
print(multi, f"line1\nline2", rf"raw\n{n}", f"tab\t{n}")
class Obj:
    def __repr__(self):
        return "Obj()"
    def __str__(self):
        return "obj-str"
print(f"{Obj()}", f"{Obj()!r}", f"{Obj()!s:>10}")
