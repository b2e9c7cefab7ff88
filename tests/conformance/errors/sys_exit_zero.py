# sys.exit(0) and SystemExit caught and inspected; the script exits with status 0.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
print("exiting cleanly")
sys.exit(0)
