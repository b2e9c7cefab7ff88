# Found while fuzzing: ranges whose length or end value leave 64 bits computed a wrapped length
# (len() gave -1) and slicing them multiplied steps without overflow checks.
r = range(-2**63, 2**63 - 1)
print(r[-1], r[0])
print(list(range(2**63 - 3, 2**63 - 1)))
print(list(range(0, 2**63 - 1, 2**62)))
print(len(r))
