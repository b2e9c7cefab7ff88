print('bom ok')
ÅÇ = 3
