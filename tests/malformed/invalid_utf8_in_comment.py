# comment with Ã( bad sequence
print('hi')
