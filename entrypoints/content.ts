export default defineContentScript({
  matches: ['*://parallax.invalid/*'],
  main() {},
});
