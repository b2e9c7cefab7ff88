s = '\N{NO SUCH CHARACTER NAME}'
print(s)
