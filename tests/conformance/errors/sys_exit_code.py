# sys.exit with an integer status: output before it, no traceback, exit status 3.
import sys
print("before exit")
sys.stdout.flush()
sys.exit(3)
print("never printed")
