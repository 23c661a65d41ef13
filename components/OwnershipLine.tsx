import type { OwnershipMix } from '../utils/sources/ownership';

/** "3 of 14 outlets are state-funded": who pays for the coverage, and how much of it the data knows. */
export function OwnershipLine({ mix }: { mix?: OwnershipMix }) {
  if (!mix || mix.outlets === 0) return null;
  const outlets = mix.outlets === 1 ? 'outlet' : 'outlets';
  const state =
    mix.stateFunded === 0
      ? `None of the ${mix.outlets} ${outlets} is known to be state-funded`
      : `${mix.stateFunded} of ${mix.outlets} ${outlets} ${mix.stateFunded === 1 ? 'is' : 'are'} state-funded`;
  return (
    <p class="ownership-line" role="note" aria-label="Ownership">
      {state}
      {mix.public > 0 && `, ${mix.public} public media`}
      <span class="fine">
        {' '}
        (ownership known for {mix.known} of {mix.outlets})
      </span>
    </p>
  );
}
