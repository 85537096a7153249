/** A model's parameters in their published order (e.g. [r, α, a, b]), as an array or a typed array. */
export type Params = Float64Array | readonly number[];
