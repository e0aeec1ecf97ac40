/** Routes and rules as the user writes them and as records keep them: one netops Route, one Rule. */
import { AF_INET, AF_INET6 } from '../../netops/ip.ts';
import { routeDefaults } from '../../netops/route.ts';
import { RT_SCOPE, RT_TABLE } from '../../netops/netlink/constants.ts';
import { recordedRouteSchema, routeSchema } from './route.ts';
import { recordedRuleSchema, ruleSchema } from './rule.ts';

const prefix = (family: number, bytes: number[], prefixLength: number) => ({ family, bytes: Buffer.from(bytes), prefixLength });

describe('route', () => {
  test('a user route decodes into the Route netops adds, leaving table and scope to their defaults', () => {
    const route = routeSchema().parse({ destination: '10.20.0.0/16', gateway: '10.0.0.1' });
    expect(route).toEqual({ destination: prefix(AF_INET, [10, 20, 0, 0], 16), gateway: { family: AF_INET, bytes: Buffer.from([10, 0, 0, 1]) } });
    expect(routeDefaults(route)).toMatchObject({ table: RT_TABLE.MAIN, scope: RT_SCOPE.UNIVERSE });
    expect(routeDefaults(routeSchema().parse({ destination: '10.30.0.0/16' }))).toMatchObject({ table: RT_TABLE.MAIN, scope: RT_SCOPE.LINK });
    expect(routeSchema().encode(route)).toEqual({ destination: '10.20.0.0/16', gateway: '10.0.0.1' });
  });

  test('the user may not set what only the kernel reports; a snapshot records it', () => {
    const kernelRoute = { destination: '2001:db8:5::/48', table: 1000, scope: RT_SCOPE.HOST, protocol: 3, priority: 1024, source: '2001:db8::7' };
    expect(routeSchema().safeParse(kernelRoute).success).toBe(false);
    const recorded = recordedRouteSchema().parse(kernelRoute);
    expect(recorded.destination).toEqual(prefix(AF_INET6, [0x20, 0x01, 0x0d, 0xb8, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 48));
    expect(recordedRouteSchema().encode(recorded)).toEqual(kernelRoute);
  });
});

describe('rule', () => {
  test('a rule takes its family from its source or destination, and encodes back without it', () => {
    const v4 = ruleSchema().parse({ priority: 100, source: '10.10.0.0/24', table: 100 });
    const v6 = ruleSchema().parse({ destination: '2001:db8:1::/48', table: 101 });
    expect(v4).toEqual({ family: AF_INET, priority: 100, source: prefix(AF_INET, [10, 10, 0, 0], 24), table: 100 });
    expect(v6.family).toBe(AF_INET6);
    expect(ruleSchema().encode(v4)).toEqual({ priority: 100, source: '10.10.0.0/24', table: 100 });
  });

  test('a recorded rule keeps its family, as the kernel was told', () => {
    const recorded = { family: AF_INET, table: 100, destination: '10.9.0.0/16' };
    expect(recordedRuleSchema().encode(recordedRuleSchema().parse(recorded))).toEqual(recorded);
  });
});
