// The ports the end-to-end tests serve on, each from an environment variable (a machine shared
// by several people gives each its own), defaulting to the ports used so far:
// NEWSLINE_E2E_PORT (the build in ../dist, 4173), NEWSLINE_E2E_SUBPATH_PORT (the same build
// under /some/path/, 4176), NEWSLINE_E2E_HOST_PORT (another origin serving the repository: the
// example host page, the embed libraries, 4177) and NEWSLINE_E2E_SHARDS_PORT (../dist-shards,
// 4178). Two ports are enough: the sub-path port may be the host's (that server then serves the
// build at /some/path/ too; better than the page's own server, where a wrong absolute address
// would still find the build's files at /), and the shards port the host's (that server serves
// the repository, so ../dist-shards at /dist-shards/). E.g. NEWSLINE_E2E_PORT=4178
// NEWSLINE_E2E_SUBPATH_PORT=4177 NEWSLINE_E2E_HOST_PORT=4177 NEWSLINE_E2E_SHARDS_PORT=4177.
const env = (name, fallback) => Number(process.env[name] ?? fallback);
export const port = env('NEWSLINE_E2E_PORT', 4173);
export const subPathPort = env('NEWSLINE_E2E_SUBPATH_PORT', 4176);
export const hostPort = env('NEWSLINE_E2E_HOST_PORT', 4177);
export const shardsPort = env('NEWSLINE_E2E_SHARDS_PORT', 4178);
export const pageURL = `http://127.0.0.1:${port}/`;
export const subPathURL = `http://127.0.0.1:${subPathPort}/some/path/`;
export const hostURL = `http://127.0.0.1:${hostPort}/`;
// The shards' build: on a server of its own, or on the host's, under /dist-shards/.
export const shardsOwnServer = shardsPort !== hostPort;
export const shardsURL = shardsOwnServer ? `http://127.0.0.1:${shardsPort}/` : `${hostURL}dist-shards/`;
