package dev.eventlake.query.sql;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;

/**
 * A UDF backed by a static Java method but with explicit SQL parameter and return types, for functions over
 * MAP and ARRAY values ({@code map_keys}, {@code split}, …) whose types reflection cannot express.
 */
final class TypedFunction implements ScalarFunction, ImplementableFunction {
  private final ScalarFunctionImpl implementation;
  private final List<Function<RelDataTypeFactory, RelDataType>> parameterTypes;
  private final Function<RelDataTypeFactory, RelDataType> returnType;

  TypedFunction(Method method, List<Function<RelDataTypeFactory, RelDataType>> parameterTypes,
      Function<RelDataTypeFactory, RelDataType> returnType) {
    this.implementation = (ScalarFunctionImpl) ScalarFunctionImpl.create(method);
    this.parameterTypes = List.copyOf(parameterTypes);
    this.returnType = returnType;
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(returnType.apply(typeFactory), true);
  }

  @Override
  public List<FunctionParameter> getParameters() {
    List<FunctionParameter> parameters = new ArrayList<>();
    for (int index = 0; index < parameterTypes.size(); index++) {
      parameters.add(parameter(index));
    }
    return parameters;
  }

  private FunctionParameter parameter(int ordinal) {
    return new FunctionParameter() {
      @Override
      public int getOrdinal() {
        return ordinal;
      }

      @Override
      public String getName() {
        return "argument" + ordinal;
      }

      @Override
      public RelDataType getType(RelDataTypeFactory typeFactory) {
        return typeFactory.createTypeWithNullability(parameterTypes.get(ordinal).apply(typeFactory), true);
      }

      @Override
      public boolean isOptional() {
        return false;
      }
    };
  }

  @Override
  public CallImplementor getImplementor() {
    return implementation.getImplementor();
  }
}
