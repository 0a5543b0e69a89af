package org.concord.funding;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the calling thread prepares while {@link #count} runs: the application's DataSource is
 * wrapped so that each connection it hands out reports {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement} (JdbcClient and Hibernate prepare one statement per query). Import it into a test
 * ({@code @Import(StatementCounter.class)}) to assert that a page costs the same number of statements whatever its
 * number of rows.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<java.util.List<String>> COUNTING = new ThreadLocal<>();

    /** The statements {@code work} prepared in this thread, by their SQL (a statement made without SQL: "statement"). */
    public static java.util.List<String> statements(Callable<?> work) throws Exception {
        java.util.List<String> statements = new java.util.ArrayList<>();
        COUNTING.set(statements);
        try {
            work.call();
        } finally {
            COUNTING.remove();
        }
        return statements;
    }

    /** How many statements {@code work} prepared in this thread. */
    public static int count(Callable<?> work) throws Exception {
        return statements(work).size();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
            }
        };
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object identity = identity(proxy, method, args);
                    if (identity != null) {
                        return identity;
                    }
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    java.util.List<String> counted = COUNTING.get();
                    if (counted != null && (name.equals("prepareStatement") || name.equals("prepareCall")
                            || name.equals("createStatement"))) {
                        counted.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "statement");
                    }
                    Object identity = identity(proxy, method, args);
                    return identity != null ? identity : invoke(target, method, args);
                });
    }

    /** A proxy is equal to itself only (transactions look their connection up by the DataSource, and compare connections). */
    private static Object identity(Object proxy, java.lang.reflect.Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> null;
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
