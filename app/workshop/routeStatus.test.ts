import { describe, expect, it } from 'vitest';
import { findScenario, type ResourceSpec, type Scenario } from '../model';
import { validateScenario } from '../validation';
import { withStatus } from './routeStatus';

const get = findScenario('get') as Scenario;
const withRoutes = (resources: ResourceSpec[]): Scenario => ({
  ...get,
  site: { ...get.site, resources },
});

describe('withStatus', () => {
  it('moves the page to a new path that a new route serves, so a redirect plays at once', () => {
    const routes = withStatus(get.site.resources, 0, 301);
    expect(routes[0]?.redirect).toEqual({ status: 301, location: '/new' });
    const moved = routes[routes.length - 1];
    expect(moved?.path).toBe('/new');
    expect(moved?.body).toBe(get.site.resources[0]?.body);
    expect(moved?.redirect).toBeUndefined();
    expect(validateScenario(withRoutes(routes)).ok).toBe(true);
  });

  it('keeps a Location already chosen, and the route it added, when the status changes again', () => {
    const moved = withStatus(get.site.resources, 0, 301);
    const back = withStatus(moved, 0, 200);
    expect(back[0]?.redirect).toBeUndefined();
    const again = withStatus(back, 0, 307);
    expect(again[0]?.redirect).toEqual({ status: 307, location: '/new' });
    expect(again).toHaveLength(moved.length);
    expect(withStatus(again, 0, 308)[0]?.redirect?.location).toBe('/new');
  });

  it('takes the next free path when /new is the route itself or itself a redirect', () => {
    const routes = [
      { path: '/new', body: 'x' },
      { path: '/old', redirect: { status: 302 as const, location: '/new' } },
    ];
    const moved = withStatus(routes, 0, 301);
    expect(moved[0]?.redirect?.location).toBe('/new-2');
    expect(moved.map((r) => r.path)).toEqual(['/new', '/old', '/new-2']);
  });

  it('drops the status for 200 and keeps the others', () => {
    expect(withStatus(get.site.resources, 0, 500)[0]?.status).toBe(500);
    expect(withStatus(withStatus(get.site.resources, 0, 500), 0, 200)[0]?.status).toBeUndefined();
  });
});
