    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
→    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
<    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
z    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
z    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
I    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
Y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
3    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
G    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
G    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
#    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
→    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
9    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
9    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
`    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
!    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
3    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
*    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
*    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
<    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
\    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
5    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
\    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
q    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
3    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
P    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
#    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
<    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
!    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
<    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
$    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
Y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
H    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
%    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
z    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
z    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
C    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
?    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
8    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
9    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
8    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
6    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
6    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
7    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
7    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
|    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
G    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
F    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
U    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
L    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
A    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
G    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
E    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
T    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
|    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
8    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
9    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
8    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
3    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
6    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
6    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
1    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
y    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
O    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
>    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
4    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
7    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
7    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
0    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
[    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
M    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
B    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
R    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
S    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
]    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
N    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
-    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
K    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
D    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
3    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
;    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
b    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
'    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
c    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
h    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
k    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
3    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
{    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
v    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
/    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
2    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
}    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
\    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
j    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
l    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
+    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
\    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
p    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
,    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
d    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
g    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
s    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
o    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
u    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
.    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
w    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
r    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
x    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
t    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
f    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
e    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
=    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
_    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
"    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
:    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
     if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
m    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
a    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
i    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
n    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
(    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
)    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))

    if gemm is not None:
        lines.append(validation_line(valid, gemm, floor))
