import numpy as np

t = np.linspace(0, 2 * np.pi, 25)
signal = np.sin(t) + 0.1 * np.cos(5 * t)
print(signal)
kernel = np.ones(5) / 5
smooth = np.convolve(signal, kernel, mode='valid')
print(smooth)
print(len(smooth), smooth.shape)
full = np.convolve(signal, kernel)
print(full.shape)
same = np.convolve(signal, kernel, mode='same')
print(np.round(same, 4))
print(np.convolve([1, 2, 3], [0, 1, 0.5]))
print(np.convolve(np.array([1, 2, 3]), np.array([1, 1])))
# cumulative-sum moving average
x = np.arange(20, dtype=float)
c = np.cumsum(x)
c[3:] = c[3:] - c[:-3]
print(c[2:] / 3)
# exponential moving average in a loop
alpha = 0.3
ema = np.empty_like(signal)
ema[0] = signal[0]
for i in range(1, len(signal)):
    ema[i] = alpha * signal[i] + (1 - alpha) * ema[i - 1]
print(ema)
print(ema[-1], repr(ema[-1]))
peaks = np.where((signal[1:-1] > signal[:-2]) & (signal[1:-1] > signal[2:]))[0] + 1
print(peaks, signal[peaks])
zero_cross = np.nonzero(np.diff(np.sign(signal)))[0]
print(zero_cross)
print(np.sign(signal).astype(int))
print(np.argwhere(np.abs(signal) < 0.3))
