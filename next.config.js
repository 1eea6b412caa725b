/** @type {import('next').NextConfig} */
const nextConfig = {
  // A folder of static files: any static host, or a classroom laptop with no network.
  output: 'export',
  // /lessons/convolution/index.html, which every static host serves for /lessons/convolution/.
  trailingSlash: true,
  // Set BASE_PATH=/course to host the course below a sub-path.
  basePath: process.env.BASE_PATH || '',
  images: { unoptimized: true },
  reactStrictMode: true,
  // Types are checked by its own step (npm run typecheck) in the test command, not twice.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
