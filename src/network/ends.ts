import type { Endpoint } from '../timeline/types';

/**
 * A value for each end of a connection, the client's and the server's, read with
 * `of(endpoint)`. Not a `Record<Endpoint, T>` read as `record[endpoint]`: V8 makes a property
 * read whose name varies, even between two names, megamorphic (a probe of a global cache,
 * about ten times a field load), and the simulation made several hundred of them per GET.
 */
export class Ends<T> {
  constructor(
    readonly client: T,
    readonly server: T,
  ) {}

  of(endpoint: Endpoint): T {
    return endpoint === 'client' ? this.client : this.server;
  }
}
