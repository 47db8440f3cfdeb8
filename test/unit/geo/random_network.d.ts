import { type RoadGraph, type RoadLine } from '@siaga/geo';
/** mulberry32: a small seeded PRNG so property tests are repeatable. */
export declare function prng(seed: number): () => number;
/** A jittered grid of streets (some dropped, some one-way) around Singaraja, and a bbox to draw points in. */
export declare function randomNetwork(seed: number, size?: number): {
    graph: RoadGraph;
    roads: RoadLine[];
    point: () => number[];
};
