# Ends with an uncaught KeyError for a missing dict key.
prices = {"apple": 1.25, "pear": 0.5}
for fruit in ["apple", "pear", "mango"]:
    print(fruit, prices[fruit])
