package scot.cswo.assurance.domain.matrix;

/** A line of the matrix: the mechanism as it serves one function, under a ref. */
public record MatrixRow(long id, Ref ref, StatutoryFunction function, Mechanism mechanism) {
}
