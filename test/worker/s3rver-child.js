// s3rver in a process of its own, started by servers.ts with --openssl-legacy-provider: s3rver
// 3.7 makes its ListObjectsV2 continuation tokens with DES, which Node 24's OpenSSL 3 refuses
// without that provider, so in the test process every listing past its first page failed with 500.
// argv: port, directory, bucket. Prints "listening" once it serves; exits when its parent goes.
const S3rver = require('s3rver');

const [port, directory, bucket] = process.argv.slice(2);
const server = new S3rver({ port: Number(port), address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
server.run().then(() => process.stdout.write('listening\n'), (error) => {
  process.stderr.write(`s3rver: ${error.stack ?? error}\n`);
  process.exit(1);
});
const stop = () => server.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('disconnect', stop);
