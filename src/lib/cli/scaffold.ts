/**
 * The files `scrolly new <slug>` writes: a small story that passes `scrolly check` and builds, with one step of each
 * kind of visual the package draws, and comments saying what each part is for. Its places and sides are invented:
 * the author replaces them. Keyed by path inside the story folder.
 */

/** "river-town" → "River town". */
const titleOf = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

export function scaffold(slug: string): Record<string, string> {
	return {
		'story.md': `---
# The story's title and one-line summary, shown at the top of its page and on the index.
title: ${titleOf(slug)}
dek: A new story. Replace this line with what the reader will learn.
# lang: en          # the language of the text and of the interface words
# cover: the-map    # the step whose visual pictures the story on the index (the first step by default)
---

An optional introduction, in Markdown, shown under the title.
`,
		'sources.yaml': `# Every article or document a claim is read from. \`estimated: true\` when the date is approximate.
- id: first-report
  title: The first report
  outlet: An outlet
  date: 2024-05-18
  estimated: false
  url: https://example.org/first-report
`,
		'claims.yaml': `# Every figure or statement the story shows: who says so (claimant), in which source, and whether they hedge
# ("hedged: true", with the hedging word in "hedge"). Two sources that disagree are two claims.
- id: distance-claim
  value: 140 km
  claimant: A spokesman
  source: first-report
  hedged: false
- id: hospital-count
  value: 7 killed, 19 wounded
  claimant: A hospital
  source: first-report
  hedged: true
  hedge: says
- id: commander-count
  value: 30 to 40 killed and wounded
  claimant: A commander
  source: first-report
  hedged: false
`,
		'places.yaml': `# The gazetteer: every place a map or a chart names, with the names sources give it (variants).
- id: upton
  name: Upton
  variants: []
  lat: 40.8
  lon: 10.4
  estimated: false
- id: downton
  name: Downton
  variants: [Down Town]
  lat: 40.3
  lon: 11.6
  estimated: false
- id: the-mill
  name: The mill
  variants: []
  lat: 40.5
  lon: 11.0
  estimated: true
`,
		'visuals.yaml': `# Who the visuals show, and how each kind of visual is set up for this story.
# Each actor's colour must be legible on the page and on the map: the checker says which one is not, and why.
actors:
  - id: north
    name: Northern forces
    short: North
    colour: "#0b5394"
  - id: south
    name: Southern forces
    short: South
    colour: "#a61c00"
# progress: one actor's measure over time (points in data/progress.csv).
progress:
  title: Distance to Downton
  actor: north
  measure: Distance to Downton
  unit: km
  target: Downton
  axis:
    from: 2024-05-01
    to: 2024-06-30
# counts: figures that sources dispute, in groups (rows in data/counts.csv).
counts:
  title: Casualty figures
  groups:
    - id: first-day
      title: The first day
# map: a diagram of the places in places.yaml, in layers a step turns on.
map:
  title: The valley
  period: { from: 2024-05, to: 2024-06 }
  about: A map of the valley between the two towns.
  extent: { west: 10, east: 12, south: 40, north: 41 }
  always: [upton, downton]
  water:
    - { name: The lake, lon: 11.5, lat: 40.8 }
  layers:
    - id: held
      actor: south
      phrase: the ground the south held
      rows:
        - { what: Held the hills, where: Around Downton, status: Held in May }
      marks:
        - id: held-zone
          zone: [downton, the-mill]
          radius: 10
          label: South
    - id: push
      actor: north
      phrase: the north's push toward Downton
      places: [the-mill]
      rows:
        - { what: Advance, where: From Upton to the mill, status: Carried out }
      marks:
        - id: push-arrow
          movement: [upton, the-mill]
          label: North
`,
		'data/progress.csv': `id,date,estimated,label,place,value,claim
first-point,2024-05-17,no,Halfway,,140,distance-claim
`,
		'data/counts.csv': `id,group,side,kind,count,high,claim
hospital-killed,first-day,north,killed,7,,hospital-count
hospital-wounded,first-day,north,wounded,19,,hospital-count
commander-range,first-day,north,killed-and-wounded,30,40,commander-count
`,
		'chapters/01-first-chapter.md': `---
# One file per chapter; its number (01-) orders the chapters.
title: The first chapter
---

<!-- Each step: its settings (YAML), a line "---", then its text in Markdown. Its id is its deep link (#step-<id>). -->

::: step the-line
# visual names a kind of visual; state says what it shows at this step.
visual: progress
state:
  until: 2024-05-17 # draw the line up to this date
  focus: first-point # a row id of data/progress.csv
# alt is the step's text alternative; notes are for whoever presents the story.
alt: One point on the chart, on 17 May, 140 km from Downton.
notes: Ask what the distance measures.
claims: [distance-claim]
---
By 17 May the northern forces were [140 km](#claim-distance-claim) from Downton.
:::

::: step the-counts
visual: counts
state:
  groups: [first-day] # groups of data/counts.csv, in the order shown
  focus: hospital-count # a claim id
alt: Two counts of the first day, side by side.
notes: Compare who counted, and how.
claims: [hospital-count, commander-count]
---
The hospital counted [7 killed](#claim-hospital-count); a commander said [30 to 40](#claim-commander-count).
:::

::: step the-map
visual: map
state:
  layers: [held, push] # ids of map.layers in visuals.yaml
  focus: the-mill # a place id
alt: A map of the valley with the ground the south held and the north's push to the mill.
notes: Find the mill.
claims: []
---
The north pushed toward the mill.
:::
`
	};
}
