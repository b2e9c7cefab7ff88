x = (1 +
     2 + 
     undefined_name)
