export { createNodeDnsResolver, type NodeDnsResolverOptions, type TxtResolverLike } from './node-dns-resolver.js';
