package dev.onewaydoor.sql;

import static dev.onewaydoor.analysis.TypeChange.INCOMPATIBLE;
import static dev.onewaydoor.analysis.TypeChange.LOSSY;
import static dev.onewaydoor.analysis.TypeChange.SAME;
import static dev.onewaydoor.analysis.TypeChange.UNKNOWN;
import static dev.onewaydoor.analysis.TypeChange.WIDENING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.analysis.ColumnType;
import dev.onewaydoor.analysis.TypeChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "varchar(255)|varchar(50)|LOSSY",
      "varchar(50)|varchar(255)|WIDENING",
      "character varying(20)|varchar(20)|SAME",
      "int|bigint|WIDENING",
      "int4|integer|SAME",
      "bigint|int|LOSSY",
      "int(11)|int|SAME",
      "varchar(20)|text|WIDENING",
      "text|varchar(20)|LOSSY",
      "numeric(10,2)|numeric(12,2)|WIDENING",
      "numeric(10,2)|numeric(10,0)|LOSSY",
      "numeric(10,2)|integer|LOSSY",
      "integer|numeric(12,0)|WIDENING",
      "integer|numeric(5,0)|LOSSY",
      "real|double precision|WIDENING",
      "double precision|real|LOSSY",
      "timestamp with time zone|timestamp|LOSSY",
      "timestamp|timestamptz|WIDENING",
      "timestamptz|timestamp|LOSSY",
      "timestamp(6)|timestamp(3)|LOSSY",
      "integer|text|INCOMPATIBLE",
      "text|integer|INCOMPATIBLE",
      "uuid|char(36)|INCOMPATIBLE",
      "uuid|varchar(20)|LOSSY",
      "json|jsonb|INCOMPATIBLE",
      "integer|boolean|LOSSY",
      "enum('a','b')|enum('a', 'b', 'c')|WIDENING",
      "enum('a','b')|enum('a')|LOSSY",
  })
  void classify(String from, String to, TypeChange expected) {
    assertEquals(expected, TypeChange.classify(ColumnType.normalize(from), ColumnType.normalize(to)), from + " → " + to);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"x|UNKNOWN"})
  void unknownWhenTheTypeBeforeIsNotKnown(String to, TypeChange expected) {
    assertEquals(expected, TypeChange.classify(null, to));
    assertEquals(SAME, TypeChange.classify("text", "text"));
    assertEquals(WIDENING, TypeChange.classify("smallint", "integer"));
    assertEquals(LOSSY, TypeChange.classify("integer", "smallint"));
    assertEquals(INCOMPATIBLE, TypeChange.classify("uuid", "bytea"));
    assertEquals(UNKNOWN, TypeChange.classify(null, null));
  }
}
