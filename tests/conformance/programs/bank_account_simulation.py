# Classes, exceptions and formatting together: a small ledger with validation and a report.
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance:.2f}, needs {amount:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance:.2f})"
class Savings(Account):
    rate = 0.025
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
accounts = [Account("ann", 100.0), Savings("bob", 2500.0), Account("cy")]
operations = [(0, "withdraw", 30.5), (1, "deposit", 499.99), (2, "withdraw", 10), (2, "deposit", -5), (0, "deposit", 0.1), (1, "withdraw", 3000)]
for index, op, amount in operations:
    account = accounts[index]
    try:
        getattr(account, op)(amount)
        print(f"ok   {op:<8} {amount:>9.2f} -> {account}")
    except (InsufficientFunds, ValueError) as e:
        print(f"fail {op:<8} {amount:>9.2f}: {type(e).__name__}: {e}")
print(accounts[1].add_interest(), accounts[1])
for a in sorted(accounts, key=lambda a: -a.balance):
    print(f"{a.id:>3} {a.owner:<5} {a.balance:>10,.2f} {len(a.history)} {isinstance(a, Savings)}")
print(sum(a.balance for a in accounts))
