/** Python text both exporters share: the file header, and PyTorch classes for the course's composite blocks. */

export function pythonHeader(about: string, params: number, framework: string): string {
  return [
    `"""${framework} code for ${about}, written by the CNN Course sandbox.`,
    '',
    `Same layers, shapes and parameter count (${params.toLocaleString('en-US')}) as the sandbox's table. TensorFlow's`,
    "'same' padding is spelt out where it is uneven (one extra row or column after), so the trained",
    'weights exported next to this file give the same predictions as the page.',
    '"""',
  ].join('\n');
}

export const CLASS_SOURCE = {
  DepthwiseSeparable: `class DepthwiseSeparable(nn.Module):
    """One k×k kernel per channel (groups = channels, no bias), then a 1×1 convolution with bias."""

    def __init__(self, cin, cout, kernel_size, stride, pad):
        super().__init__()
        self.pad = nn.ZeroPad2d(pad)
        self.depthwise = nn.Conv2d(cin, cin, kernel_size, stride=stride, groups=cin, bias=False)
        self.pointwise = nn.Conv2d(cin, cout, 1)

    def forward(self, x):
        return self.pointwise(self.depthwise(self.pad(x)))
`,
  Residual: `class Residual(nn.Module):
    """conv 3×3 → BN → ReLU → conv 3×3 → BN, plus the input (a 1×1 projection when the shape changes), then ReLU."""

    def __init__(self, cin, cout, stride, pad):
        super().__init__()
        self.pad = nn.ZeroPad2d(pad)
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, bias=False)
        self.bn1 = nn.BatchNorm2d(cout, eps=1e-05, momentum=0.1)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout, eps=1e-05, momentum=0.1)
        self.projection = nn.Conv2d(cin, cout, 1, stride=stride, bias=False) if stride != 1 or cin != cout else None

    def forward(self, x):
        h = torch.relu(self.bn1(self.conv1(self.pad(x))))
        h = self.bn2(self.conv2(h))
        return torch.relu(h + (x if self.projection is None else self.projection(x)))
`,
  SqueezeExcite: `class SqueezeExcite(nn.Module):
    """Squeeze (average each channel) → dense → ReLU → dense → sigmoid: one gate per channel."""

    def __init__(self, channels, hidden):
        super().__init__()
        self.squeeze = nn.Linear(channels, hidden)
        self.excite = nn.Linear(hidden, channels)

    def forward(self, x):
        gate = torch.sigmoid(self.excite(torch.relu(self.squeeze(x.mean(dim=(2, 3))))))
        return x * gate[:, :, None, None]
`,
  SpatialAttention: `class SpatialAttention(nn.Module):
    """A k×k convolution to one sigmoid mask M; output (1 + M)·x (residual) or M·x."""

    def __init__(self, channels, kernel_size, residual):
        super().__init__()
        self.mask = nn.Conv2d(channels, 1, kernel_size, padding=kernel_size // 2)
        self.residual = residual

    def forward(self, x):
        m = torch.sigmoid(self.mask(x))
        return x * (1 + m) if self.residual else x * m
`,
} as const;
