import type { Bias, Factuality, Outlet } from '../../../utils/model';

/** A US outlet at `<id>.example`, with the bias and factuality given (unrated without). */
export function ratedOutlet(id: string, bias?: Bias, factuality?: Factuality): Outlet {
  return {
    id,
    name: id.toUpperCase(),
    homepage: `https://${id}.example`,
    domains: [`${id}.example`],
    feeds: [],
    country: 'US',
    language: 'en',
    bias: bias && { value: bias, source: 'allsides', date: '2024-01-01' },
    factuality: factuality && { value: factuality, source: 'wikipedia-rsp', date: '2024-01-01' },
  };
}
