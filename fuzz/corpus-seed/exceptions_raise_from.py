# raise ... from ...: __cause__, __context__, __suppress_context__, raise from None.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("direct") from TypeError("explicit cause")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
