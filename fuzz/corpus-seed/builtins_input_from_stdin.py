# input(): reads lines from standard input (input_from_stdin.in), prompt goes to stdout, EOFError at the end.
name = input("name? ")
print()
print("hello,", name)
numbers = [int(tok) for tok in input().split()]
print("sum", sum(numbers), "max", max(numbers))
line = input()
print(repr(line))
try:
    input("more? ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
