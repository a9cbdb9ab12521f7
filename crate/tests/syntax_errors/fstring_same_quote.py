d = {'k': 1}
print(f'{d['k']}')
