# Raw bytes literals (rb'', br'') are refused as well.
pattern = rb'\d+'
print(pattern)
