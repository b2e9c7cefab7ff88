# Ends with an uncaught UnboundLocalError.
count = 0
def increment():
    count += 1
print("calling increment")
increment()
