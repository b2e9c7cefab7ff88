# Ends with an uncaught user-defined exception (the traceback names it without a module prefix).
class InsufficientFunds(Exception):
    pass
balance = 100
for withdrawal in [30, 50, 40]:
    if withdrawal > balance:
        raise InsufficientFunds(f"cannot withdraw {withdrawal}, balance is {balance}")
    balance -= withdrawal
    print("withdrew", withdrawal, "balance", balance)
