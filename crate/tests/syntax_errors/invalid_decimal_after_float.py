price = 9.99USD
