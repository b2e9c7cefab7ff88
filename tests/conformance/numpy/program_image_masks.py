import numpy as np

img = np.arange(64, dtype=np.uint8).reshape(8, 8) * 4
print(img)
print(img.dtype, img.itemsize, img.nbytes, img.strides)
crop = img[2:6, 1:7:2]
print(crop, crop.flags['C_CONTIGUOUS'], crop.base is img)
print(img[::-1, ::2])
print(img[..., 0])
print(img[:, None, 3].shape)
mask = img > 128
print(mask.sum(), mask.dtype)
bright = img.copy()
bright[mask] = 255
print(bright)
inv = 255 - img
print(inv[0])
print((img + img)[7])
print((img.astype(np.int16) + img)[7])
print(img // 3 % 7)
thr = np.where(img > 100, img, 0)
print(thr.dtype)
print(thr)
blur = (img[:-2, :-2].astype(float) + img[1:-1, 1:-1] + img[2:, 2:]) / 3
print(blur)
print(np.round(blur).astype(np.uint8))
hist, edges = np.histogram(img, bins=4)
print(hist, edges)
hist2, edges2 = np.histogram(img, bins=[0, 50, 100, 200, 256])
print(hist2, edges2)
padded = np.pad(img[:3, :3], 2)
print(padded)
padded2 = np.pad(img[:2, :2], ((1, 0), (0, 2)), constant_values=9)
print(padded2)
rot = np.flip(img[:3, :4], axis=1).T
print(rot)
print(img[[0, 2, 4], [1, 3, 5]])
print(img[[0, 7]][:, [0, 7]])
print(img[1:3, [0, -1]])
img2 = img.astype(np.int32)
img2[img2 % 3 == 0] *= -1
print(img2[:3])
r = img.reshape(4, 2, 4, 2).mean(axis=(1, 3))
print(r)
print(img.T.flags['C_CONTIGUOUS'], img.T.flags['F_CONTIGUOUS'])
print(np.transpose(img.reshape(2, 4, 8), (2, 0, 1)).shape)
print(np.swapaxes(img.reshape(2, 4, 8), 0, 2).shape)
print(np.moveaxis(img.reshape(2, 4, 8), 0, -1).shape)
