class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest / 12), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance!r})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8}|{self._balance:>10.2f}"

    def __lt__(self, other):
        return self._balance < other._balance

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise RuntimeError("too many withdrawals")
        return super().withdraw(amount)

class Checking(Account):
    fee = 1.5
    def withdraw(self, amount):
        return super().withdraw(amount + self.fee)

accts = [Savings("alice", 1000), Checking("bob", 50), Account("carol"), Savings("dave", 12.5)]
for a in accts:
    print(a)
    print(repr(a))
accts[1].deposit(25).withdraw(10)
print(accts[1].balance, accts[1].history)
try:
    accts[2].withdraw(5)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    accts[0].deposit(-3)
except ValueError as e:
    print(type(e).__name__, e)
s = accts[0]
s.withdraw(1); s.withdraw(2)
try:
    s.withdraw(3)
except RuntimeError as e:
    print(repr(e))
for _ in range(3):
    for a in accts:
        a.month_end()
print([a.balance for a in accts])
print(sorted(accts))
print(max(accts).owner, min(accts).owner)
print(accts[0] == accts[0], accts[0] == accts[1], accts[0] == "x", accts[0] != 3)
print(len({accts[0], accts[0], accts[1]}))
print(isinstance(s, Account), issubclass(Checking, Savings), type(s) is Savings)
print(Savings.__mro__ if False else [c.__name__ for c in Savings.__mro__])
print(Account._next_id, Savings.interest, Checking.fee, accts[1].fee)
total = sum(a.balance for a in accts)
print(f"total={total:,.2f} avg={total/len(accts):.3f}")
print(f"{'owner':^10}|{'bal':>8}")
for a in sorted(accts, key=lambda a: a.owner, reverse=True):
    print(f"{a.owner:^10}|{a.balance:>8.1f}")
