s = "héllo wörld"; x = s + 1
