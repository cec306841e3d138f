import type {
  Expression,
  ExpressionBuilder,
  OperandValueExpression,
  ReferenceExpression,
  SqlBool,
} from 'kysely'

/**
 * `column in (values)`, where an empty filter list selects nothing rather than everything: `in ()` is not valid
 * SQL, so it becomes `false`.
 */
export function isIn<DB, TB extends keyof DB, C extends ReferenceExpression<DB, TB>>(
  eb: ExpressionBuilder<DB, TB>,
  column: C,
  values: readonly OperandValueExpression<DB, TB, C>[],
): Expression<SqlBool> {
  return values.length > 0 ? eb(column, 'in', values) : eb.lit(false)
}
