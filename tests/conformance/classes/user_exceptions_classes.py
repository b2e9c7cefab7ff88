# User exception classes: hierarchies, extra attributes, custom __str__, args.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"no such key {self.key!r}"
for exc in [AppError("plain"), ValidationError("age", "must be positive"), NotFound("k"), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, e, repr(e), e.args, isinstance(e, Exception))
try:
    raise ValidationError("name", "empty")
except ValidationError as e:
    print(e.field, str(e))
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
class WithDefault(ValueError):
    def __init__(self, value=0):
        super().__init__(f"bad value {value}")
try:
    raise WithDefault
except ValueError as e:
    print(type(e).__name__, e)
