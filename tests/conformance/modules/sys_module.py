# sys: argv, maxsize, float_info.epsilon, version_info, recursion limit, stdout/stderr write.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.version_info[0], sys.version_info.major, sys.version_info.minor >= 0, sys.version_info >= (3, 0), tuple(sys.version_info)[:1])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    depth(1500)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.stdout.write("direct write\n"))
sys.stderr.write("this goes to stderr\n")
print(type(sys.argv).__name__, type(sys.maxsize).__name__)
