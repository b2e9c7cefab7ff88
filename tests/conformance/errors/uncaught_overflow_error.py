# Ends with an uncaught OverflowError converting a huge int to float.
big = 10 ** 200
print(float(big))
print(float(big * big))
