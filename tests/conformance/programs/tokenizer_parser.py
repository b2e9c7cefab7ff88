import sys

KEYWORDS = {"let", "if", "else", "print"}

class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos
    def __repr__(self):
        return "Token(%s, %r, %d)" % (self.kind, self.text, self.pos)

def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("NUM", src[i:j], i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield Token("KW" if word in KEYWORDS else "ID", word, i)
            i = j
        elif c in "+-*/()=<>":
            if src.startswith("==", i) or src.startswith("<=", i) or src.startswith(">=", i):
                yield Token("OP", src[i:i+2], i)
                i += 2
            else:
                yield Token("OP", c, i)
                i += 1
        elif c == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise SyntaxError(f"unterminated string at {i}")
            yield Token("STR", src[i+1:j], i)
            i = j + 1
        else:
            raise ValueError("bad char %r at %d" % (c, i))

class Parser:
    def __init__(self, tokens):
        self.toks = list(tokens)
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.i += 1
        return t
    def expr(self):
        left = self.term()
        while (t := None) is None and self.peek() is not None and self.peek().text in "+-":
            op = self.take().text
            right = self.term()
            left = (op, left, right)
        return left
    def term(self):
        left = self.atom()
        while self.peek() is not None and self.peek().text in ("*", "/"):
            op = self.take().text
            left = (op, left, self.atom())
        return left
    def atom(self):
        t = self.take()
        if t is None:
            raise EOFError("unexpected end")
        if t.kind == "NUM":
            return float(t.text) if "." in t.text else int(t.text)
        if t.text == "(":
            e = self.expr()
            close = self.take()
            assert close is not None and close.text == ")", "expected )"
            return e
        if t.kind == "ID":
            return t.text
        raise SyntaxError("unexpected %s" % t.text)

def evaluate(node, env):
    if isinstance(node, (int, float)):
        return node
    if isinstance(node, str):
        return env[node]
    op, a, b = node
    a, b = evaluate(a, env), evaluate(b, env)
    return {"+": a + b, "-": a - b, "*": a * b}.get(op) if op != "/" else a / b

src = 'let x = 3 * (y + 4.5) - z / 2 if x >= 10 print "hi there" _a1'
for t in tokenize(src):
    print(t)
print([t.kind for t in tokenize(src)].count("OP"))
for text in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 2 / y", "7 / 2", "2 * (3 + 4) * 5 - 1.5"]:
    tree = Parser(tokenize(text)).expr()
    print(text, "=>", tree, "=>", evaluate(tree, {"x": 4, "y": 8}))
for bad in ["1 $ 2", 'print "abc', "(1 + 2", "1 +"]:
    try:
        print(Parser(tokenize(bad)).expr())
    except (ValueError, SyntaxError, AssertionError, EOFError) as e:
        print(type(e).__name__ + ":", e)
try:
    evaluate("q", {})
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
t = Token("A", "b", 1)
try:
    t.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sys.argv[0].endswith(".py"))
