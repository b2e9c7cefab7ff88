print('ok')
s = 'æ—'
