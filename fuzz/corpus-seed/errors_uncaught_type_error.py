# Ends with an uncaught TypeError from adding a string to an int.
items = [1, 2, "3"]
total = 0
for item in items:
    print("adding", repr(item))
    total = total + item
