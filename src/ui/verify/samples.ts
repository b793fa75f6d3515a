/** Built-in test images (public/samples, attribution in public/samples/SOURCES.md). */
export interface Sample {
  file: string;
  label: string;
  credit: string;
}

export const SAMPLES: readonly Sample[] = [
  { file: 'chelsea.png', label: 'Chelsea the cat', credit: 'CC0, Stefan van der Walt (scikit-image)' },
  {
    file: 'coffee.png',
    label: 'Espresso',
    credit: 'CC0, Rachel Michetti, courtesy of Pikolo Espresso Bar (scikit-image)',
  },
  { file: 'astronaut.png', label: 'Astronaut Eileen Collins', credit: 'Public domain, NASA (scikit-image)' },
  {
    file: 'rocket.jpg',
    label: 'DSCOVR launch on a Falcon 9',
    credit: 'Public domain, SpaceX (scikit-image)',
  },
];
