print('start')
)
