if True:
	x = {}["a"]   
